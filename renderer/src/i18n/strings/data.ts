// Strings for the data screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
