// Strings for the settings screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
