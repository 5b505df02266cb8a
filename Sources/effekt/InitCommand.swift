import ArgumentParser
import EffektModel

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Opret tomme CSV-skabeloner (kriterier, målinger, projekter), klar til Excel.")

    @Argument(help: "The folder to create the templates in.")
    var folder: String

    func run() throws {
        Console.error("init: not implemented yet")
        throw ExitCode(ExitStatus.usage)
    }
}
