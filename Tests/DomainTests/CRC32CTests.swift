import PropertyBased
import Testing
@testable import Domain

/// The processor's CRC-32C instruction gives what the tables give, at every length, alignment and start.
@Suite struct CRC32CTests {
    @Test func theInstructionAgreesWithTheTables() async {
        #if arch(x86_64)
        // Every x86-64 machine this runs on since 2008 has it; without it this test would compare the tables with themselves.
        #expect(CRC32C.hardware)
        #endif
        await propertyCheck(count: 3000, input: Gen.int(in: 0...255).array(of: 0...80)) { bytes in
            let seed = UInt32(truncatingIfNeeded: bytes.reduce(17) { $0 &* 31 &+ $1 })
            for from in 0..<min(9, bytes.count + 1) {
                let part = bytes[from...].map(UInt8.init)
                part.withUnsafeBytes { raw in
                    #expect(CRC32C.update(seed, raw) == CRC32C.tableUpdate(seed, raw), "\(part) from \(seed)")
                    #expect(CRC32C.update(0, raw) == CRC32C.tableUpdate(0, raw), "\(part)")
                }
            }
        }
        for text in ["123456789", "", "a", String(repeating: "Tavle ", count: 1000)] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBytes { CRC32C.update(0, $0) } == bytes.withUnsafeBytes { CRC32C.tableUpdate(0, $0) })
        }
        #expect(Array("123456789".utf8).withUnsafeBytes { CRC32C.tableUpdate(0, $0) } == 0xE306_9283)
    }
}
