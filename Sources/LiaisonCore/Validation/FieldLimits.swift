/// Length limits, in characters, for stored fields.
public enum FieldLimits {
    public static let name = 40
    public static let shortText = 80
    public static let title = 120
    public static let opinionText = 4000
    public static let note = 2000
    public static let reason = 200
}
