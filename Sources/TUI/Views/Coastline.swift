import Wording
/// A coarse outline of Denmark (latitude, longitude), enough to make the braille map recognisable.
enum Coastline {
    static let shapes: [[(Double, Double)]] = [
        // Jylland, from the border on the west coast, round Skagen, down the east coast.
        [(54.91, 8.66), (55.10, 8.57), (55.40, 8.40), (55.56, 8.08), (55.85, 8.17), (56.10, 8.12), (56.55, 8.12),
         (56.80, 8.25), (57.12, 8.62), (57.30, 9.50), (57.60, 10.00), (57.74, 10.60), (57.45, 10.55), (57.20, 10.45),
         (56.95, 10.30), (56.70, 10.25), (56.45, 10.95), (56.20, 10.65), (56.10, 10.25), (55.85, 10.05), (55.70, 9.60),
         (55.55, 9.75), (55.30, 9.60), (55.05, 9.80), (54.90, 9.80), (54.85, 9.40), (54.91, 8.66)],
        // Fyn
        [(55.60, 9.90), (55.60, 10.45), (55.45, 10.80), (55.10, 10.70), (55.05, 10.20), (55.20, 9.90), (55.60, 9.90)],
        // Sjælland
        [(56.10, 12.30), (56.03, 12.60), (55.70, 12.60), (55.45, 12.35), (55.25, 12.45), (55.05, 12.10), (55.10, 11.70),
         (55.20, 11.25), (55.45, 11.10), (55.70, 11.10), (55.90, 11.45), (55.98, 11.80), (56.10, 12.30)],
        // Lolland and Falster
        [(54.80, 11.00), (54.95, 11.40), (54.95, 11.90), (54.60, 11.95), (54.65, 11.30), (54.80, 11.00)],
        // Bornholm
        [(55.30, 14.75), (55.25, 15.10), (55.00, 15.10), (55.05, 14.70), (55.30, 14.75)],
    ]

    /// Points along every edge, about every `step` degrees.
    static func points(step: Double) -> [(lat: Double, lon: Double)] {
        var out: [(Double, Double)] = []
        for shape in shapes {
            for (a, b) in zip(shape, shape.dropFirst()) {
                let d = max(abs(b.0 - a.0), abs(b.1 - a.1) * 0.56)
                let n = max(1, Int(d / step))
                for i in 0..<n {
                    let t = Double(i) / Double(n)
                    out.append((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t))
                }
            }
        }
        return out
    }
}
