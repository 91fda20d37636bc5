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
