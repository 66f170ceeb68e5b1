//! Byte offsets to 1-based line and column, as Node reports them.

pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
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
        let start = self.line_start(line) as usize;
        let rest = &source[start.min(source.len())..];
        rest.split(['\n']).next().unwrap_or("").trim_end_matches('\r')
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
}
