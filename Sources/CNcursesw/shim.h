// What Swift cannot import from ncurses directly: macros and the stdscr global.
#ifndef TAVLE_CNCURSESW_SHIM_H
#define TAVLE_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags; without this get_wch and cchar_t are missing.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *tavle_stdscr(void) { return stdscr; }
static inline int tavle_rows(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int tavle_cols(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }

static inline attr_t tavle_a_normal(void) { return A_NORMAL; }
static inline attr_t tavle_a_bold(void) { return A_BOLD; }
static inline attr_t tavle_a_dim(void) { return A_DIM; }
static inline attr_t tavle_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tavle_a_reverse(void) { return A_REVERSE; }
static inline attr_t tavle_a_italic(void) { return A_ITALIC; }
static inline attr_t tavle_color_pair(int n) { return COLOR_PAIR(n); }

static inline const cchar_t *tavle_acs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *tavle_acs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *tavle_acs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *tavle_acs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *tavle_acs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *tavle_acs_lrcorner(void) { return WACS_LRCORNER; }

static inline int tavle_colors(void) { return COLORS; }
static inline int tavle_color_pairs(void) { return COLOR_PAIRS; }
static inline int tavle_is_utf8(void) { const char *c = nl_langinfo(CODESET); return c && c[0] == 'U' && c[1] == 'T' && c[2] == 'F'; }
/// Turns mouse reporting on (clicks and the wheel) or off.
static inline void tavle_enable_mouse(int on) {
    mousemask(on ? (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0, NULL);
    mouseinterval(0);
}
/// Reads a mouse event: kind 1 = click, 2 = wheel up, 3 = wheel down; 0 = nothing usable.
static inline int tavle_get_mouse(int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return 0;
    *x = e.x; *y = e.y;
    if (e.bstate & BUTTON4_PRESSED) return 2;
    if (e.bstate & BUTTON5_PRESSED) return 3;
    if (e.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    return 0;
}
static inline int tavle_key_resize(void) { return KEY_RESIZE; }
static inline int tavle_key_mouse(void) { return KEY_MOUSE; }
static inline int tavle_ok(void) { return OK; }
static inline int tavle_err(void) { return ERR; }
static inline int tavle_key_code_yes(void) { return KEY_CODE_YES; }

/// Puts one grapheme (UTF-8 → wide chars) with attributes at y,x.
static inline int tavle_put(int y, int x, const wchar_t *wch, attr_t attr, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attr, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}
static inline int tavle_get_wch(wint_t *out) { return get_wch(out); }

#endif
