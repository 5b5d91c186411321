// Entry point: the stylesheet and the <fg-app> element used by index.html.
import './styles.css';
import './app';
