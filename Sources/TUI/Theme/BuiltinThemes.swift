// Generated from themes/*.toml, which a test keeps in step with this file. Edit the TOML files.
extension Theme {
    /// The TOML text of the themes that ship with Tavle, by name.
    public static let builtinSources: [String: String] = [
        "default": #"""
# Tavle theme "default": The terminal's own background; colour carries meaning.
# Each role takes fg and bg colours and the attributes bold, dim, underline, reverse, italic.
# A colour is "default" (the terminal's own), a name (black, red, green, yellow, blue, magenta,
# cyan, white, and bright- forms of each), a number 0-255, or "#rrggbb" (mapped to the nearest
# colour the terminal has).
name = "default"

[roles]
text = { fg = "default" }
muted = { fg = "bright-black" }
accent = { fg = "cyan", bold = true }
header = { fg = "blue", bold = true }
selection = { fg = "black", bg = "cyan" }
border = { fg = "bright-black" }
title = { fg = "cyan", bold = true }
tabActive = { fg = "black", bg = "blue", bold = true }
tabInactive = { fg = "white" }
statusBar = { fg = "white", bg = "black" }
statusKey = { fg = "yellow", bg = "black", bold = true }
ok = { fg = "green" }
warning = { fg = "yellow", bold = true }
error = { fg = "red", bold = true }
offered = { fg = "yellow" }
accepted = { fg = "green" }
declined = { fg = "red" }
withdrawn = { fg = "magenta" }
planned = { fg = "blue" }
started = { fg = "cyan" }
anchored = { fg = "green" }
completed = { fg = "bright-green" }
evaluated = { fg = "bright-blue" }
paused = { fg = "yellow" }
stopped = { fg = "red" }
holiday = { fg = "magenta" }
today = { fg = "yellow", bold = true }

"""#,
        "light": #"""
# Tavle theme "light": Dark text on a light background.
# Each role takes fg and bg colours and the attributes bold, dim, underline, reverse, italic.
# A colour is "default" (the terminal's own), a name (black, red, green, yellow, blue, magenta,
# cyan, white, and bright- forms of each), a number 0-255, or "#rrggbb" (mapped to the nearest
# colour the terminal has).
name = "light"

[roles]
text = { fg = "#202020", bg = "#fafafa" }
muted = { fg = "#707070", bg = "#fafafa" }
accent = { fg = "#005f87", bg = "#fafafa", bold = true }
header = { fg = "#00005f", bg = "#fafafa", bold = true }
selection = { fg = "#fafafa", bg = "#005f87" }
border = { fg = "#a0a0a0", bg = "#fafafa" }
title = { fg = "#005f87", bg = "#fafafa", bold = true }
tabActive = { fg = "#fafafa", bg = "#00005f", bold = true }
tabInactive = { fg = "#303030", bg = "#dadada" }
statusBar = { fg = "#303030", bg = "#dadada" }
statusKey = { fg = "#870000", bg = "#dadada", bold = true }
ok = { fg = "#005f00", bg = "#fafafa" }
warning = { fg = "#875f00", bg = "#fafafa", bold = true }
error = { fg = "#af0000", bg = "#fafafa", bold = true }
offered = { fg = "#875f00", bg = "#fafafa" }
accepted = { fg = "#005f00", bg = "#fafafa" }
declined = { fg = "#af0000", bg = "#fafafa" }
withdrawn = { fg = "#5f005f", bg = "#fafafa" }
planned = { fg = "#00005f", bg = "#fafafa" }
started = { fg = "#005f87", bg = "#fafafa" }
anchored = { fg = "#005f00", bg = "#fafafa" }
completed = { fg = "#008700", bg = "#fafafa" }
evaluated = { fg = "#0000af", bg = "#fafafa" }
paused = { fg = "#875f00", bg = "#fafafa" }
stopped = { fg = "#af0000", bg = "#fafafa" }
holiday = { fg = "#5f005f", bg = "#fafafa" }
today = { fg = "#870000", bg = "#fafafa", bold = true }

"""#,
        "high-contrast": #"""
# Tavle theme "high-contrast": Bright colours on black, bold where it matters.
# Each role takes fg and bg colours and the attributes bold, dim, underline, reverse, italic.
# A colour is "default" (the terminal's own), a name (black, red, green, yellow, blue, magenta,
# cyan, white, and bright- forms of each), a number 0-255, or "#rrggbb" (mapped to the nearest
# colour the terminal has).
name = "high-contrast"

[roles]
text = { fg = "bright-white", bg = "black" }
muted = { fg = "white", bg = "black" }
accent = { fg = "bright-yellow", bg = "black", bold = true }
header = { fg = "bright-white", bg = "black", bold = true, underline = true }
selection = { fg = "black", bg = "bright-yellow", bold = true }
border = { fg = "bright-white", bg = "black" }
title = { fg = "bright-yellow", bg = "black", bold = true }
tabActive = { fg = "black", bg = "bright-white", bold = true }
tabInactive = { fg = "bright-white", bg = "black" }
statusBar = { fg = "black", bg = "bright-white" }
statusKey = { fg = "black", bg = "bright-yellow", bold = true }
ok = { fg = "bright-green", bg = "black", bold = true }
warning = { fg = "bright-yellow", bg = "black", bold = true }
error = { fg = "bright-red", bg = "black", bold = true }
offered = { fg = "bright-yellow", bg = "black" }
accepted = { fg = "bright-green", bg = "black", bold = true }
declined = { fg = "bright-red", bg = "black", bold = true }
withdrawn = { fg = "bright-magenta", bg = "black", bold = true }
planned = { fg = "bright-blue", bg = "black" }
started = { fg = "bright-cyan", bg = "black", bold = true }
anchored = { fg = "bright-green", bg = "black", bold = true }
completed = { fg = "bright-white", bg = "black", bold = true }
evaluated = { fg = "bright-blue", bg = "black", bold = true }
paused = { fg = "bright-yellow", bg = "black" }
stopped = { fg = "bright-red", bg = "black", bold = true }
holiday = { fg = "bright-magenta", bg = "black" }
today = { fg = "black", bg = "bright-yellow", bold = true }

"""#,
        "mono": #"""
# Tavle theme "mono": No colour: attributes and glyphs carry the meaning. Used for NO_COLOR.
# Each role takes fg and bg colours and the attributes bold, dim, underline, reverse, italic.
# A colour is "default" (the terminal's own), a name (black, red, green, yellow, blue, magenta,
# cyan, white, and bright- forms of each), a number 0-255, or "#rrggbb" (mapped to the nearest
# colour the terminal has).
name = "mono"
color = false

[roles]
text = { }
muted = { dim = true }
accent = { bold = true }
header = { bold = true }
selection = { reverse = true }
border = { }
title = { bold = true }
tabActive = { reverse = true, bold = true }
tabInactive = { }
statusBar = { reverse = true }
statusKey = { reverse = true, bold = true }
ok = { }
warning = { bold = true }
error = { bold = true, underline = true }
offered = { }
accepted = { }
declined = { bold = true }
withdrawn = { dim = true }
planned = { }
started = { }
anchored = { }
completed = { }
evaluated = { }
paused = { dim = true }
stopped = { bold = true }
holiday = { underline = true }
today = { bold = true }

"""#,
    ]
}
