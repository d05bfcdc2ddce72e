// Real-editor end-to-end suite: placeholder until the code-server harness lands.
console.log('e2e: harness not yet in place');
