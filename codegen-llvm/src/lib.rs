//! dxl-codegen-llvm
