import Foundation
@testable import LiaisonCore

/// The people of a test station: one of each role, each able to sign in.
/// Credentials use few iterations so debug-build tests stay fast; the count
/// travels in the record, so verification is the same code path as in use.
struct AccessPeople {
    static let policy = LoginPolicy(iterations: 1_000)
    static let adminSecret = "admin-pass-2026"
    static let receptionistPIN = "246810"
    static let representativePIN = "135790"

    let store: StationDatabase
    let login: LoginService
    let admin: User
    let receptionist: User
    let representative: User
    let rep: Representative
    let otherRep: Representative

    init(_ store: StationDatabase) throws {
        self.store = store
        login = LoginService(store: store, policy: Self.policy)
        admin = try login.createFirstAdmin(name: "站长", secret: Self.adminSecret)
        receptionist = try login.addUser(name: "小李", role: .receptionist, secret: Self.receptionistPIN, by: admin)
        rep = try store.addRepresentative(name: "张代表", level: .county).representative
        otherRep = try store.addRepresentative(name: "陈代表", level: .township).representative
        representative = try login.addUser(name: "张代表", role: .representative,
                                           representativeCode: PersonalCode(kind: .representative, identifier: rep.code).description,
                                           secret: Self.representativePIN, by: admin)
    }

    func user(_ role: User.Role) -> User {
        switch role {
        case .admin: return admin
        case .receptionist: return receptionist
        case .representative: return representative
        }
    }
}

extension StationDatabase {
    /// One visitor with full personal numbers and one opinion, optionally received by a representative.
    func intakeWithNumbers(phone: String = "13912345678", residentID: String = "11010519491231002X",
                           representativeID: String? = nil, text: String = "楼道灯坏了") throws -> IntakeReceipt {
        try recordIntake(IntakeRequest(visitor: .init(name: "赵大妈", phone: phone, residentID: residentID),
                                       opinions: [.init(text: text, category: "livelihood", representativeID: representativeID)]))
    }

    /// Answers a case at the desk and closes it as satisfied.
    func closeOnSite(_ caseID: String) throws {
        try apply(.resolveOnSite(answer: "当场答复"), toCase: caseID)
        try apply(.feedback(note: "已告知"), toCase: caseID)
        try apply(.rate(.satisfied, note: ""), toCase: caseID)
    }

    func rawCount(_ table: String) throws -> Int {
        try db.scalarInt("SELECT COUNT(*) FROM \(table)")
    }
}
