import Crypto
import Foundation

/// The SHA-256 digests the Content-Security-Policy names, from swift-crypto: the same library the
/// history uses for its input digests, so the project has one SHA-256, not two.
enum CSPHash {
    static func digest(_ bytes: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: bytes)) }

    /// `'sha256-<base64>'` as a CSP source expression.
    static func source(_ text: String) -> String {
        "'sha256-" + Data(digest(Array(text.utf8))).base64EncodedString() + "'"
    }
}
