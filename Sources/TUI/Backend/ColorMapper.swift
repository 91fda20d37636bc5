/// Maps theme colours to what the terminal has: 256 or 8 colours.
enum ColorMapper {
    static func index(_ c: Color, colors: Int) -> Int {
        switch c {
        case .terminalDefault: return -1
        case .indexed(let n): return colors >= 256 ? n : (colors >= 16 ? n % 16 : n % 8)
        case .rgb(let r, let g, let b):
            return colors >= 256 ? nearest256(r, g, b) : nearest8(r, g, b)
        }
    }

    /// The nearest colour in xterm's 6×6×6 cube or grey ramp.
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func step(_ v: UInt8) -> Int { levels.indices.min { abs(levels[$0] - Int(v)) < abs(levels[$1] - Int(v)) }! }
        let (ri, gi, bi) = (step(r), step(g), step(b))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeDist = dist(levels[ri], levels[gi], levels[bi], r, g, b)
        let avg = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = max(0, min(23, (avg - 8) / 10))
        let grey = 8 + greyIndex * 10
        return dist(grey, grey, grey, r, g, b) < cubeDist ? 232 + greyIndex : cube
    }

    static func nearest8(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let basic = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229)]
        return basic.indices.min { dist(basic[$0].0, basic[$0].1, basic[$0].2, r, g, b) < dist(basic[$1].0, basic[$1].1, basic[$1].2, r, g, b) }!
    }

    static func dist(_ a: Int, _ b: Int, _ c: Int, _ r: UInt8, _ g: UInt8, _ bl: UInt8) -> Int {
        let dr = a - Int(r), dg = b - Int(g), db = c - Int(bl)
        return dr * dr + dg * dg + db * db
    }
}
