/// The Content-Security-Policy: nothing may load from anywhere (`default-src 'none'`), and only
/// the page's own `<style>` and `<script>` blocks run, each allowed by its SHA-256. The hashes
/// are of the finished page, so a template may add blocks of its own; being hashes rather than a
/// random nonce, they keep the output byte-for-byte reproducible.
enum ContentSecurity {
    /// What the template's `{{{csp}}}` holds until the page is sealed. Starts with `<`, which no
    /// escaped value can contain, so data can never produce it.
    static let marker = "<effekt-csp>"

    static func policy(styles: [String], scripts: [String]) -> String {
        func sources(_ blocks: [String]) -> String {
            blocks.isEmpty ? "'none'" : blocks.map(CSPHash.source).joined(separator: " ")
        }
        return "default-src 'none'; style-src \(sources(styles)); script-src \(sources(scripts)); img-src data:; "
            + "base-uri 'none'; form-action 'none'"
    }

    /// Replaces the marker with the policy for the blocks the page holds.
    static func seal(_ page: String) -> String {
        let bytes = Array(page.utf8)
        let styles = blocks(bytes, open: "<style>", close: "</style>")
        let scripts = blocks(bytes, open: "<script>", close: "</script>")
        let marker = Array(Self.marker.utf8)
        guard let at = find(marker, in: bytes, from: 0) else { return page }
        var out = Array(bytes[..<at])
        out += Array(policy(styles: styles, scripts: scripts).utf8)
        out += bytes[(at + marker.count)...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of every `open`…`close` block (exact tags, as the template writes them).
    static func blocks(_ bytes: [UInt8], open: String, close: String) -> [String] {
        let o = Array(open.utf8), c = Array(close.utf8)
        var out: [String] = []
        var i = 0
        while let start = find(o, in: bytes, from: i) {
            let body = start + o.count
            guard let end = find(c, in: bytes, from: body) else { break }
            out.append(String(decoding: bytes[body..<end], as: UTF8.self))
            i = end + c.count
        }
        return out
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= hay.count else { return nil }
        var i = from
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
