#ifndef LIAISON_CNCURSESW_SHIM_H
#define LIAISON_CNCURSESW_SHIM_H
// Wide-character entry points (get_wch, add_wch, mvaddwstr) exist only with these.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

// Swift imports neither function-like macros nor (in Swift 6) mutable C globals:
// each one the backend needs is wrapped here.
static inline WINDOW *liaison_stdscr(void) { return stdscr; }
static inline int liaison_lines(void) { return LINES; }
static inline int liaison_cols(void) { return COLS; }
static inline int liaison_colors(void) { return COLORS; }
static inline int liaison_color_pairs(void) { return COLOR_PAIRS; }
static inline int liaison_key_f(int n) { return KEY_F(n); }
static inline attr_t liaison_a_bold(void) { return A_BOLD; }
static inline attr_t liaison_a_underline(void) { return A_UNDERLINE; }
static inline attr_t liaison_a_reverse(void) { return A_REVERSE; }
static inline attr_t liaison_a_dim(void) { return A_DIM; }
static inline attr_t liaison_a_normal(void) { return A_NORMAL; }
static inline int liaison_color_pair(int n) { return COLOR_PAIR(n); }
static inline int liaison_wcwidth(wchar_t c) { return wcwidth(c); }
static inline FILE *liaison_stdin(void) { return stdin; }
static inline FILE *liaison_stdout(void) { return stdout; }
static inline FILE *liaison_stderr(void) { return stderr; }

// Added for the front desk backend (LiaisonTUI/Terminal/NCursesBackend.swift).
static inline int liaison_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t liaison_button1_mask(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline int liaison_set_attr(attr_t a, int pair) { return wattr_set(stdscr, a, (short)pair, NULL); }
static inline int liaison_put_wide(int y, int x, const wchar_t *s, int n) { return mvwaddnwstr(stdscr, y, x, s, n); }
static inline int liaison_get_wch(wint_t *c) { return wget_wch(stdscr, c); }
#endif
