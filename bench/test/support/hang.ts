// Never exits on its own: stands in for a cloner looping forever on a cycle.
process.stdout.write('{"started":true}\n');
setInterval(() => {}, 1000);
