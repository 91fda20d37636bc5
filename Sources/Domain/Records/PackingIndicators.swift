/// Indicators and measurements in the snapshot's binary form.
extension Fixed: Packable {
    func pack(_ p: inout Packer) { p.int(units) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(units: try u.int()) }
}

extension Period: Packable {
    func pack(_ p: inout Packer) { p.put(spelled) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        guard let v = Period.parse(try u.string()) else { throw .damaged(.content) }
        self = v
    }
}

extension LocalName: Packable {
    func pack(_ p: inout Packer) { p.put(language); p.put(text) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(try u.get(), try u.get()) }
}

extension IndicatorTarget: Packable {
    func pack(_ p: inout Packer) { p.put(kind.rawValue); p.put(school); p.put(programme) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(kind: try u.raw(), school: try u.get(), programme: try u.get())
    }
}

extension IndicatorDefinition: Packable {
    func pack(_ p: inout Packer) {
        p.put(id); p.put(programme); p.put(names); p.put(unit.rawValue); p.put(minimum); p.put(maximum); p.put(decimals)
        p.put(better.rawValue); p.put(periodKind.rawValue); p.put(baseline); p.put(target); p.put(source)
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(id: try u.get(), programme: try u.get(), names: try u.get(), unit: try u.raw(), minimum: try u.get(),
                  maximum: try u.get(), decimals: try u.get(), better: try u.raw(), periodKind: try u.raw(),
                  baseline: try u.get(), target: try u.get(), source: try u.get())
    }
}

// A national log's series and points repeat their programme, indicator and source (PackingPool.swift).
extension SeriesKey: Packable {
    func pack(_ p: inout Packer) { p.pooled(programme); p.pooled(indicator); p.put(school) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(try u.pooled(), try u.pooled(), try u.get()) }
}

extension SeriesPoint: Packable {
    func pack(_ p: inout Packer) { p.put(period); p.put(value); p.put(pupils); p.pooledOptional(source); p.put(corrections) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(period: try u.get(), value: try u.get(), pupils: try u.get(), source: try u.pooledOptional(), corrections: try u.get())
    }
}

extension Series: Packable {
    func pack(_ p: inout Packer) { p.put(points) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(try u.get()) }
}
