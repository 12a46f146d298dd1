/** Word shapes that the analyser and its rules both read. */

/** A year inside or around a name: `Beijing 2022 Olympic Winter Games`, `SC Hasetal 1912`. */
export const YEAR = /^(?:1[89]|20)\d\d$/;
