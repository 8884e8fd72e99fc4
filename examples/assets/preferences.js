// A fake functionality script: remembers a UI preference.
window.cgExampleMark('status-functionality');
