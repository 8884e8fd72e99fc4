/**
 * Script-tag entry of the auto-block build (`dist/cookiegate.autoblock.js`): blocking by host is in place first, then
 * the gate starts exactly as `cookiegate.js` does. A page that does not block by host never downloads this code.
 */
import './core/auto-block/index';
import './auto';
