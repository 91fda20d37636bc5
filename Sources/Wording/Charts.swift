/// Small text charts for the grid.
public enum Charts {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A horizontal bar of `value / maximum` over `width` columns, in eighths of a cell.
    public static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard maximum > 0, width > 0, value > 0 else { return "" }
        let units = max(1, value * width * 8 / maximum)
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
    }
}

extension Charts {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A line of values as bars of eight heights, scaled from the lowest to the highest; a flat series is mid-high.
    public static func sparkline(_ values: [Double]) -> String {
        guard let lo = values.min(), let hi = values.max() else { return "" }
        guard hi - lo > 1e-9 else { return String(repeating: "▄", count: values.count) }
        return String(values.map { levels[min(7, Int(($0 - lo) / (hi - lo) * 7 + 0.5))] })
    }
}
