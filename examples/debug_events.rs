use tempora::document::{Article, ReadOptions};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let a = Article::from_bytes(&path, &bytes, &ReadOptions::default()).unwrap();
    let out = tempora::reconstruct(&a);
    print!("{}", tempora::export::to_yaml(&out.timeline).unwrap());
    for d in out.diagnostics {
        eprintln!("{:?}", d);
    }
}
