/// A visitor's personal fields in full. Held only briefly: at intake, in the
/// follow-up call worklist after a recorded reveal, and inside the store.
public struct PersonalData: Sendable, Hashable {
    public var phone: String
    public var residentID: String

    public init(phone: String = "", residentID: String = "") {
        self.phone = phone
        self.residentID = residentID
    }

    /// The one masking boundary: what every default screen and export shows.
    public var masked: MaskedPersonalData {
        MaskedPersonalData(phone: Masking.phone(phone), residentID: Masking.residentID(residentID))
    }
}

/// Personal fields as they may be shown without a recorded reveal.
public struct MaskedPersonalData: Sendable, Hashable {
    public let phone: String
    public let residentID: String
}
