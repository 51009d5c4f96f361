/// Why a field was refused, in both languages. Never echoes the value itself.
public enum ValidationError: LiaisonError, Equatable {
    case empty(field: Bilingual)
    case tooLong(field: Bilingual, limit: Int)
    case phoneFormat
    case phoneMobilePrefix
    case residentIDLength
    case residentIDCharacters
    case residentIDCheckDigit
    case residentIDBirthDate
    case residentIDRegion
    case number(field: Bilingual)
    case choice(field: Bilingual, allowed: String)
    case date(field: Bilingual)

    public var message: Bilingual {
        switch self {
        case .empty(let f): return Bilingual("\(f.zh)不能为空", "\(f.en) is required")
        case let .tooLong(f, limit): return Bilingual("\(f.zh)最多 \(limit) 个字", "\(f.en) is limited to \(limit) characters")
        case .phoneFormat:
            return Bilingual("电话号码应为 11 位手机号，或带区号的固定电话（如 0571-87654321）",
                             "A phone number is an 11-digit mobile number or a landline with area code (e.g. 0571-87654321)")
        case .phoneMobilePrefix:
            return Bilingual("手机号应以 13–19 开头", "A mobile number starts with 13 to 19")
        case .residentIDLength:
            return Bilingual("身份证号应为 18 位", "A resident ID number has 18 characters")
        case .residentIDCharacters:
            return Bilingual("身份证号前 17 位为数字，末位为数字或 X", "A resident ID number is 17 digits and a digit or X")
        case .residentIDCheckDigit:
            return Bilingual("身份证号校验位不符，请核对", "The resident ID check digit does not match; please check the number")
        case .residentIDBirthDate:
            return Bilingual("身份证号中的出生日期不存在", "The birth date inside the resident ID number is impossible")
        case .residentIDRegion:
            return Bilingual("身份证号的地区码无效", "The region code of the resident ID number is invalid")
        case .number(let f): return Bilingual("\(f.zh)应为数字", "\(f.en) must be a number")
        case let .choice(f, allowed): return Bilingual("\(f.zh)应为：\(allowed)", "\(f.en) must be one of: \(allowed)")
        case .date(let f): return Bilingual("\(f.zh)应为日期（YYYY-MM-DD）", "\(f.en) must be a date (YYYY-MM-DD)")
        }
    }
}
