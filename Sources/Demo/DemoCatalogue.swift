import Domain
/// The fictional names and fixed facts the demo network is built from.
enum DemoCatalogue {
    static let elevloeft = "elevloeft"
    static let fastholdelse = "fastholdelse"
    static let coordinator = Person(name: "mfr", fullName: "Maja Fogh Riis", role: .coordinator, base: "København")

    static let consultants: [Person] = [
        ("ahj", "Anne Holm Jensen", "København"), ("bkl", "Bo Kjær Larsen", "Aarhus"),
        ("cmn", "Camilla Munk Nielsen", "Odense"), ("dsp", "Dorthe Skov Pedersen", "København"),
        ("eth", "Erik Toft Hansen", "Aarhus"), ("fbr", "Freja Bach Rasmussen", "Odense"),
        ("gla", "Gustav Lund Andersen", "København"), ("hvm", "Helle Vinther Madsen", "Aarhus"),
        ("ibs", "Ida Bruun Sørensen", "Odense"), ("jwc", "Jonas Winther Christensen", "København"),
        ("kao", "Karen Ågård Olsen", "Aarhus"), ("lpk", "Lars Poulsen Kristensen", "Odense"),
    ].map { Person(name: $0.0, fullName: $0.1, role: .consultant, base: $0.2) }

    /// Where the consultants are based: København, Aarhus, Odense.
    static let bases: [(name: String, lat: Double, lon: Double)] = [
        ("København", 55.676, 12.568), ("Aarhus", 56.157, 10.211), ("Odense", 55.403, 10.388),
    ]

    static let prefixes = ["Bakke", "Eng", "Skov", "Sø", "Strand", "Å", "Mølle", "Kirke", "Bøge", "Ege",
                           "Linde", "Rose", "Sol", "Nord", "Vest", "Øster", "Hede", "Fjord", "Vænge", "Toft"]
    static let suffixes = ["skolen", "vejens Skole", "dalskolen", "parkskolen", "gårdskolen", "lundskolen"]

    static let elevloeftKinds: [(String, String)] = [
        ("turbo", "Turboforløb"), ("foraeldre", "Forældresamarbejde"), ("peer", "Peer learning"),
        ("mentor", "Mentor- og tutorforløb"), ("monitorering", "Monitorering og feedback"),
        ("kompetencer", "Personlige og sociale kompetencer"),
    ]

    static let methods: [(String, String)] = [
        ("motivation", "Motivationspædagogik"), ("helhed", "Helhedsorienteret undervisning"),
        ("progressiv", "Progressiv læring"), ("sproglig", "Den sproglige dimension"),
    ]

    static let vocationalTowns = ["Aalborg", "Aarhus", "Odense", "Esbjerg", "Vejle", "Herning", "Viborg", "Randers",
                                  "Kolding", "Holstebro", "Næstved", "Roskilde", "Slagelse", "Hillerød", "Svendborg",
                                  "Horsens", "Silkeborg", "Sønderborg", "Frederikshavn", "Køge", "Holbæk", "Skive",
                                  "Hjørring", "Thisted", "Haderslev"]
    static let vocationalKinds = ["Tekniske Skole", "Erhvervsskole", "Handelsskole"]

    static let declineReasons = ["Har egne indsatser i gang", "Mangler ressourcer i år", "Ledelsesskifte på skolen"]
    static let stopReasons = ["Nøglelærer stoppet", "Prioriteret ned af ledelsen", "For få elever i målgruppen"]
}
