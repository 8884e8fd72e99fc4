// A fake advertising tag (targeting).
window.cgExampleMark('status-targeting');
