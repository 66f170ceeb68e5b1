//! PLACEHOLDER: being written by another engineer.

pub fn install() {}
