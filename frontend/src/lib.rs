//! dxl-frontend
