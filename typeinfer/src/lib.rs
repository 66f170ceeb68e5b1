//! dxl-typeinfer
