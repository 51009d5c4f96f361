/// Why a bundle, receipt or sync command was refused. Nothing is written when
/// one of these is thrown.
public enum SyncError: LiaisonError, Equatable {
    case notSyncFile
    case damaged
    case wrongKind(expected: String)
    case wrongStation(addressedTo: String)
    case unknownPeer(String)
    case ownBundle
    case forged
    case unsigned
    case keyNotEnrolled
    case schemaMismatch(found: Int, supported: Int)
    case malformed
    case noPeer
    case choosePeer([String])
    case badKey
    case notOurOutpost(String)
    case captureOff
    case brokenReferences(Int)
    case insideTransaction

    public var message: Bilingual {
        switch self {
        case .notSyncFile:
            return Bilingual("这不是联络站同步文件（或文件头已损坏）", "This is not a Liaison sync file (or its header is damaged)")
        case .damaged:
            return Bilingual("同步文件校验失败：文件被截断或改动过，已拒绝，数据库未改动",
                             "The sync file fails its checksum: it is truncated or altered; refused, the database is unchanged")
        case .wrongKind(let expected):
            return Bilingual("文件类型不对，这里需要 \(expected)", "Wrong kind of file: expected \(expected)")
        case .wrongStation(let to):
            return Bilingual("这个同步文件是发给另一个站点（\(to)）的，已拒绝", "This sync file is addressed to another station (\(to)); refused")
        case .unknownPeer(let id):
            return Bilingual("发送方站点 \(id) 未登记为同步伙伴，已拒绝", "The sending station \(id) is not enrolled as a sync peer; refused")
        case .ownBundle:
            return Bilingual("这是本站自己导出的文件", "This file was exported by this station itself")
        case .forged:
            return Bilingual("签名不符：文件不是由登记的伙伴站点生成的，已拒绝", "The signature does not match: the file was not made by the enrolled peer; refused")
        case .unsigned:
            return Bilingual("与该站点已约定密钥，但文件没有签名，已拒绝", "A shared key is enrolled for this station but the file is unsigned; refused")
        case .keyNotEnrolled:
            return Bilingual("文件带有签名，但本站没有登记该站点的密钥（liaison sync enrol）",
                             "The file is signed but no key is enrolled for its station here (liaison sync enrol)")
        case let .schemaMismatch(found, supported):
            return Bilingual("数据结构版本不同（文件 \(found)，本站 \(supported)），请先把两边升级到同一版本",
                             "Schema versions differ (file \(found), here \(supported)); bring both to the same version first")
        case .malformed:
            return Bilingual("同步文件内容不完整（序号不连续），已拒绝", "The sync file's contents are inconsistent (sequence numbers not consecutive); refused")
        case .noPeer:
            return Bilingual("还没有同步伙伴：先用 liaison sync outpost 或 liaison sync enrol 登记", "No sync peers yet: enrol one with liaison sync outpost or liaison sync enrol")
        case .choosePeer(let names):
            return Bilingual("请用 --to 指定对象：\(names.joined(separator: "、"))", "Choose the peer with --to: \(names.joined(separator: ", "))")
        case .badKey:
            return Bilingual("密钥应为至少 32 位十六进制字符", "The key must be at least 32 hexadecimal characters")
        case .notOurOutpost(let name):
            return Bilingual("找不到站点“\(name)”", "No station “\(name)”")
        case .captureOff:
            return Bilingual("本数据库连接未开启变更记录", "Change capture is not on for this database connection")
        case .brokenReferences(let count):
            return Bilingual("导入后有 \(count) 处引用找不到对应记录，已全部撤销", "After applying, \(count) references point nowhere; everything was rolled back")
        case .insideTransaction:
            return Bilingual("同步导入必须单独进行，不能放在其他写入事务里", "A sync import runs on its own, never inside another write transaction")
        }
    }
}
