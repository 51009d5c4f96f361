/// Keystroke autosave of a form draft. A draft is rewritten on every change,
/// so it is committed with `synchronous = NORMAL`: in WAL mode that survives a
/// killed process or a dropped terminal (the write is in the OS already) and
/// skips the fsync that would make each keystroke wait; the next ordinary
/// (FULL) commit makes it durable against power loss too.
extension StationDatabase {
    public func autosaveDraft(slot: String, form: String, payload: String?) throws {
        guard !db.isInTransaction else {
            if let payload { try saveDraft(slot: slot, form: form, payload: payload) } else { try discardDraft(slot: slot) }
            return
        }
        try db.executeScript("PRAGMA synchronous = NORMAL;")
        defer { try? db.executeScript("PRAGMA synchronous = FULL;") }
        if let payload { try saveDraft(slot: slot, form: form, payload: payload) } else { try discardDraft(slot: slot) }
    }
}
