import Foundation
@testable import LiaisonCore

extension StationDatabase {
    /// One visitor with one opinion, with the visitor's details chosen by the test.
    @discardableResult
    func insightIntake(_ text: String, category: String = "livelihood", name: String = "张三", phone: String = "",
                       community: String = "", representativeID: String? = nil, sessionID: String? = nil) throws -> IntakeReceipt {
        try recordIntake(IntakeRequest(visitor: .init(name: name, phone: phone, community: community),
                                       opinions: [.init(text: text, category: category, representativeID: representativeID)],
                                       sessionID: sessionID))
    }
}
