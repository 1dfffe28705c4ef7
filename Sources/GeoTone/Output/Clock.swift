#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock helpers (UTC, ISO 8601) and a monotonic timer.
public enum Clock {
    /// The current time as `2026-11-29T14:57:23Z`.
    public static func isoNow() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        let date = DateField.format(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date)T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Seconds on a monotonic clock.
    public static func monotonic() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
