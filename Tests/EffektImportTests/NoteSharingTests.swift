import Foundation
import Testing
@testable import EffektImport
import EffektModel

/// A note equal to the previous row's shares its string; every row must still get its own text,
/// including one that differs only in length, a quoted one and an empty one in between.
@Suite struct NoteSharingTests {
    @Test func everyRowKeepsItsOwnNote() {
        let notes = ["Foreløbig", "Foreløbig", "Foreløbi", "", "\"Foreløbig\"", "Foreløbig;", "Endelig", "Endelig"]
        let rows = notes.enumerated().map { i, n in
            "P1;K1;\(String(format: "%02d", i + 1))-02-2026;\(i);" + (n == "Foreløbig;" ? "\"Foreløbig;\"" : n)
        }
        let d = T.load(criteria: [T.criteriaHeader, T.criteriaRow], measurements: [T.measurementsHeader] + rows)
        #expect(d.measurements.count == notes.count)
        let expected: [String?] = ["Foreløbig", "Foreløbig", "Foreløbi", nil, "Foreløbig", "Foreløbig;", "Endelig", "Endelig"]
        #expect(d.measurements.map(\.note) == expected)
    }
}
