// Strings for the contacts-view screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
