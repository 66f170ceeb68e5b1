// Every ECMAScript line terminator ends a line in error positions: LF,
// CR alone, CRLF (one break), U+2028 and U+2029, in code, comments and strings.
function where(e) {
  const parts = e.stack.split('\n')[1].split(':');
  return parts[parts.length - 2] + ':' + parseInt(parts[parts.length - 1]);
}
function fail(label) { throw new Error(label); }try { fail('after CR'); } catch (e) { console.log(e.message, where(e)); }try { throw new Error('CR line'); } catch (e) { console.log(e.message, where(e)); }
try { throw new Error('CRLF line'); } catch (e) { console.log(e.message, where(e)); } try { throw new Error('LS line'); } catch (e) { console.log(e.message, where(e)); } try { throw new Error('PS line'); } catch (e) { console.log(e.message, where(e)); }
// a comment ended by U+2028: try { throw new Error('after LS comment'); } catch (e) { console.log(e.message, where(e)); }
const s = 'a b c';
try { throw new Error('after string ' + s.length); } catch (e) { console.log(e.message, where(e)); }
const t = `xy
z`;
try { throw new Error('after template ' + t.length); } catch (e) { console.log(e.message, where(e)); }
/* blockcomment */ try { throw new Error('after block comment'); } catch (e) { console.log(e.message, where(e)); }  fail('uncaught');
