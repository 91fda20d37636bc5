import Domain
import Wording

/// Denmark drawn with braille dots (2×4 per cell): municipalities as faint dots, schools coloured.
enum BrailleMap {
    static let latRange = (min: 54.55, max: 57.80)
    static let lonRange = (min: 8.0, max: 12.75)
    /// Bornholm is drawn in an inset at the right edge, as maps of Denmark do.
    static let bornholm = (lat: 55.1, lon: 14.9)

    struct Dot {
        let lat: Double
        let lon: Double
        let role: Role?
        /// What the school's cell shows, so the map reads without colour: a braille density or a letter.
        var mark: String? = nil
    }

    /// Participation as braille densities, from full (accepted) to a single dot (withdrawn).
    static func mark(_ p: ParticipationStatus) -> String {
        switch p {
        case .accepted: return "⣿"
        case .offered: return "⠶"
        case .declined: return "⠒"
        case .withdrawn: return "⠂"
        }
    }

    /// Puts the dots in `r`; a cell takes the colour of the most urgent dot in it.
    static func draw(_ dots: [Dot], in r: Rect, _ g: inout Grid) {
        guard r.width > 4, r.height > 2 else { return }
        let w = r.width * 2, h = r.height * 4
        var bits = [UInt8](repeating: 0, count: r.width * r.height)
        var roles = [Role?](repeating: nil, count: r.width * r.height)
        var marks = [String?](repeating: nil, count: r.width * r.height)
        // Keep the aspect: one degree of longitude is about 0.56 of a degree of latitude here, a cell twice as tall as wide.
        let spanLat = latRange.max - latRange.min, spanLon = (lonRange.max - lonRange.min) * 0.56
        let scale = min(Double(w) / (spanLon + 0.45), Double(h) / spanLat / 2 * 2)
        for d in dots {
            var lon = d.lon, lat = d.lat
            if lon > 14 { lon = lonRange.max + 0.3 + (lon - bornholm.lon) * 0.6; lat = 55.6 + (lat - bornholm.lat) }
            let px = Int(((lon - lonRange.min) * 0.56) * scale)
            let py = Int((latRange.max - lat) * scale)
            guard px >= 0, py >= 0, px < w, py < h else { continue }
            let cell = (py / 4) * r.width + px / 2
            bits[cell] |= bit(px % 2, py % 4)
            if let role = d.role, rank(role) >= rank(roles[cell]) { roles[cell] = role; marks[cell] = d.mark }
        }
        for y in 0..<r.height {
            for x in 0..<r.width {
                let i = y * r.width + x
                guard bits[i] != 0 else { continue }
                let ch = marks[i] ?? String(Character(Unicode.Scalar(0x2800 + UInt32(bits[i]))!))
                g[r.x + x, r.y + y] = Cell(text: ch, style: roles[i].map { Style($0, .bold) } ?? Style(.muted))
            }
        }
    }

    static func bit(_ x: Int, _ y: Int) -> UInt8 {
        let table: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        return table[y][x]
    }

    /// Which colour wins a shared cell: problems over progress.
    static func rank(_ r: Role?) -> Int {
        switch r {
        case nil: return -1
        case .declined?, .stopped?, .warning?: return 5
        case .withdrawn?, .paused?: return 4
        case .offered?, .planned?: return 3
        default: return 2
        }
    }
}
