export const id = 499;
export const ids = [499];
export const modules = {

/***/ 66499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   neutraliseWorkflowCommands: () => (/* binding */ neutraliseWorkflowCommands)
/* harmony export */ });
/**
 * Text from outside (registry bodies, error messages, tool output) must never start a workflow
 * command. The runner reads a line whose first non-blank characters are `::` as a command
 * (`::add-mask::`, `::warning::`, `::stop-commands::`…), and the older `##[command]` form anywhere
 * in a line. Every line the actions and the CLI print passes through here: a leading `::` becomes
 * `: :` and `##[` becomes `## [`, so the text still reads the same to a person and means nothing to
 * the runner. Carriage returns count as line breaks, as they do for the runner.
 *
 * "Blank" is the runner's idea of it, not JavaScript's: ActionCommand.TryParseV2
 * (actions/runner, src/Runner.Common/ActionCommand.cs) does `message.TrimStart()` before looking
 * for `::`, and .NET trims what `Char.IsWhiteSpace` calls white space (dotnet/runtime,
 * System.Private.CoreLib Char.cs: U+0009–U+000D, U+0020, U+0085, U+00A0 by its Latin-1 table, and
 * every character of the categories Zs, Zl, Zp above it). JavaScript's `\s` misses U+0085 (NEXT
 * LINE, a C1 control), so `\u0085::add-mask::…` passed an `\s`-based check and was a command.
 * Here the leading run is judged generously — every C0 and C1 control, every Unicode space or
 * separator, the byte-order mark — so a runner on another .NET (or Unicode) version has nothing
 * left to trim into a command; and the controls and separators in that run (all but the tab) are
 * written out as `\uXXXX`, so no invisible character stays in front of the defused `: :`.
 */
const LEADING_BLANKS = /^[\s\p{Z}\p{Cc}\u180e\u200b\ufeff]*/u;
/** The characters of that run a reader cannot see (a tab reads as a tab, a space as a space). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Zl}\p{Zp}\u180e\u200b\ufeff]/gu;
const LEGACY_COMMAND = /##\[/g;
function neutraliseWorkflowCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => defuseLeadingCommand(line).replace(LEGACY_COMMAND, "## ["))
        .join("\n");
}
function defuseLeadingCommand(line) {
    const blanks = LEADING_BLANKS.exec(line)?.[0] ?? "";
    if (!line.startsWith("::", blanks.length))
        return line;
    return `${blanks.replace(INVISIBLE, escapeCodeUnit)}: :${line.slice(blanks.length + 2)}`;
}
function escapeCodeUnit(character) {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}


/***/ })

};
