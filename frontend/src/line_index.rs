//! Byte offsets to 1-based line and column, as Node reports them.

pub struct LineIndex {
    line_starts: Vec<u32>,
}

/// The byte length of the line terminator at `bytes[i..]`, if one starts
/// there: LF, CR, CRLF (one break), U+2028 and U+2029, as in ECMAScript's
/// LineTerminatorSequence. V8 counts them anywhere in the source (inside
/// strings and comments too), so positions count them everywhere.
pub fn line_terminator_len(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes[i] {
        b'\n' => Some(1),
        b'\r' => Some(if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 }),
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => Some(3),
        _ => None,
    }
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match line_terminator_len(bytes, i) {
                Some(len) => {
                    i += len;
                    line_starts.push(i as u32);
                }
                None => i += 1,
            }
        }
        LineIndex { line_starts }
    }

    /// 1-based line and column; the column counts UTF-16 code units, as V8 does.
    pub fn line_col(&self, source: &str, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1] as usize;
        let end = (offset as usize).min(source.len());
        let column = source.get(start..end).map_or(end - start, |s| s.encode_utf16().count());
        (line as u32, column as u32 + 1)
    }

    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts[(line as usize - 1).min(self.line_starts.len() - 1)]
    }

    /// The text of a 1-based line, without its line terminator.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let start = (self.line_start(line) as usize).min(source.len());
        let bytes = source.as_bytes();
        let end = (start..bytes.len()).find(|&i| line_terminator_len(bytes, i).is_some()).unwrap_or(bytes.len());
        &source[start..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "a\nbc\n\nd";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 0), (1, 1));
        assert_eq!(idx.line_col(src, 3), (2, 2));
        assert_eq!(idx.line_col(src, 6), (4, 1));
        assert_eq!(idx.line_text(src, 2), "bc");
        assert_eq!(idx.line_text(src, 3), "");
    }

    #[test]
    fn every_line_terminator_breaks_a_line() {
        // CR, CRLF (one break), U+2028, U+2029, LF.
        let src = "a\rb\r\nc\u{2028}d\u{2029}e\nf";
        let idx = LineIndex::new(src);
        for (line, text) in ["a", "b", "c", "d", "e", "f"].iter().enumerate() {
            let line = line as u32 + 1;
            assert_eq!(idx.line_text(src, line), *text);
            let offset = src.find(text).unwrap() as u32;
            assert_eq!(idx.line_col(src, offset), (line, 1));
        }
    }
}
