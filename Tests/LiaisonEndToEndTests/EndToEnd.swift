import Testing

/// Every test that drives the real binary in tmux runs inside this suite, one
/// at a time: each waits on screen output, and on two cores several at once
/// starve each other into timeouts.
@Suite("End to end, one terminal at a time", .serialized)
struct EndToEnd {}
