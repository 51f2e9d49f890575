export const id = 499;
export const ids = [499];
export const modules = {

/***/ 6499:
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
 */
const COMMAND_START = /^(\s*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;
function neutraliseWorkflowCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(COMMAND_START, "$1: ").replace(LEGACY_COMMAND, "## ["))
        .join("\n");
}


/***/ })

};
