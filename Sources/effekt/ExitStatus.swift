/// Exit statuses, as the README's "Exit status" lists them.
enum ExitStatus {
    static let done: Int32 = 0
    static let rejectedRows: Int32 = 1
    static let usage: Int32 = 64
    static let inputUnusable: Int32 = 65
    static let cannotWrite: Int32 = 74
}
