import ArgumentParser
import EffektModel
import EffektVocabulary

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read and check the input files without evaluating anything.",
        discussion: "Prints, per file, the encoding, delimiter, decimal mark and row counts, then every problem found.")

    @OptionGroup var input: InputOptions

    func run() throws {
        let data = try Loading.load(input)
        let l = input.language
        var text = ""
        for s in data.inputs {
            text += "\(s.file) (\(s.kind.label(l).lowercased())): \(s.encoding ?? "?"), " +
                l.pick("skilletegn", "delimiter") + " '\(s.delimiter == "\t" ? "\\t" : s.delimiter ?? "?")', " +
                l.pick("decimaltegn", "decimal") + " '\(s.decimal ?? "?")': " +
                l.pick("\(s.rows) rækker, \(s.accepted) godkendt, \(s.rejected) afvist",
                       "\(s.rows) rows, \(s.accepted) accepted, \(s.rejected) rejected") + "\n"
        }
        Console.out(text)
        try Loading.finish(data)
    }
}
