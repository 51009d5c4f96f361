import Foundation

/// One case as an Open311 GeoReport v2 service request, for the grassroots
/// governance platform. Optional fields are left out when unknown.
public struct Open311ServiceRequest: Sendable, Hashable, Codable {
    /// The case number (`DS-2026-000123`).
    public var serviceRequestID: String
    /// `open` or `closed` (closed and merged cases are closed).
    public var status: String
    public var statusNotes: String?
    /// The category's Chinese name; `serviceCode` is its code.
    public var serviceName: String
    public var serviceCode: String
    public var description: String
    public var agencyResponsible: String?
    public var requestedDatetime: String
    public var updatedDatetime: String
    public var expectedDatetime: String?
    /// The visitor's community (社区/村); Liaison records no coordinates.
    public var address: String

    enum CodingKeys: String, CodingKey {
        case serviceRequestID = "service_request_id", status, statusNotes = "status_notes", serviceName = "service_name"
        case serviceCode = "service_code", description, agencyResponsible = "agency_responsible"
        case requestedDatetime = "requested_datetime", updatedDatetime = "updated_datetime"
        case expectedDatetime = "expected_datetime", address
    }

    public init(serviceRequestID: String, status: String, statusNotes: String?, serviceName: String, serviceCode: String,
                description: String, agencyResponsible: String?, requestedDatetime: String, updatedDatetime: String,
                expectedDatetime: String?, address: String) {
        self.serviceRequestID = serviceRequestID
        self.status = status
        self.statusNotes = statusNotes
        self.serviceName = serviceName
        self.serviceCode = serviceCode
        self.description = description
        self.agencyResponsible = agencyResponsible
        self.requestedDatetime = requestedDatetime
        self.updatedDatetime = updatedDatetime
        self.expectedDatetime = expectedDatetime
        self.address = address
    }
}

/// GeoReport v2 JSON: an array of service requests.
public enum Open311Export {
    /// A stored timestamp (`2026-03-02T10:00:00.000+08:00`) as W3C datetime without fractions.
    public static func datetime(_ stored: String) -> String {
        guard stored.count >= 19 else { return stored }
        let offset = stored.count >= 29 ? String(stored.suffix(6)) : "+08:00"
        return String(stored.prefix(19)) + offset
    }

    public static func json(_ requests: [Open311ServiceRequest]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(requests)
    }
}
