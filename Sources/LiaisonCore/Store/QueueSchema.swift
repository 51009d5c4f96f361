/// Migration "queue": indexes the front desk's busiest reads need at province scale.
extension Schema {
    static let queue = """
    -- The case queue's order (cases awaiting an answer first, by due date) as an
    -- index, so a page of the queue is an index walk instead of a sort of every case.
    CREATE INDEX cases_queue_order ON cases((state NOT IN ('registered','triaged','dispatched','reopened')), due_date, created_at DESC);
    -- Opinions per day for the home screen's sparkline read only the last days.
    CREATE INDEX opinion_created ON opinion(created_at);
    """
}
