/** The stylesheet imported for its side effect, as an app that bundles it writes (TS2882 without its declaration). */
import 'cookiegate/cookiegate.css';
