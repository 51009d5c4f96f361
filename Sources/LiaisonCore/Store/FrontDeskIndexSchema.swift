/// Migration "frontDeskIndexes": a scanned representative's card from index
/// entries alone. Counting a representative's open and overdue cases read
/// each of their opinions' rows and each case's row (scattered pages of a
/// 3 GB file); these two indexes hold exactly what that count needs.
extension Schema {
    static let frontDeskIndexes = """
    -- A representative's case ids, without reading the opinions' rows.
    CREATE INDEX opinion_representative_case ON opinion(representative_id, case_id);
    -- Open cases by id with what the card counts: 20,000 small entries instead of a million rows.
    CREATE INDEX cases_open_card ON cases(id, state, paused_since, due_date) WHERE state NOT IN ('closed', 'merged');
    """
}
