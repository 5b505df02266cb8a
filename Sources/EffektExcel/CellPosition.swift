import EffektModel

/// Excel's serial day number of a calendar day (1900 date system: 1970-01-01 is 25569).
@inline(__always)
func excelSerial(_ day: Day) -> Double { Double(day.daysSinceEpoch + 25_569) }

/// Rows and columns as libxlsxwriter counts them (0-based).
typealias Row = UInt32
typealias Col = UInt16
