//! console.log / util.inspect formatting, exactly as Node 20 prints.
//! PLACEHOLDER: being written by another engineer. The runtime turns heap values into
//! an [`Node`] tree and this module renders it.
