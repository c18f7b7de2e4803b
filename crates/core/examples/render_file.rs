//! Renders a summary file: `cargo run -p yousaid --example render_file -- FILE VIEW FORMAT [AS_OF]`.
fn main() -> Result<(), yousaid::Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = args.first().map(String::as_str).unwrap_or("summary.json");
    let summary = yousaid::Summary::from_reader(std::fs::File::open(file)?)?;
    let mut opts = yousaid::RenderOptions::new()
        .view(args.get(1).map(String::as_str).unwrap_or("full").parse()?)
        .format(args.get(2).map(String::as_str).unwrap_or("html").parse()?);
    if let Some(d) = args.get(3) {
        opts =
            opts.as_of(d.parse().map_err(|_| {
                yousaid::Error::new(yousaid::ErrorKind::InvalidArgument, "bad date")
            })?);
    }
    print!("{}", summary.render(&opts)?);
    Ok(())
}
