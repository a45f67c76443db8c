# Evaluated by AsciidoctorStarter in a Ruby started without RubyGems (see there for why). Asciidoctor itself needs
# no gem, but a document may ask for one AsciidoctorJ bundles (a source highlighter such as rouge): the first
# require that fails loads RubyGems, which then finds and activates
# the gem exactly as in a Ruby started with it.
module Kernel
  alias_method :techmonitor_require_without_rubygems, :require
  private :techmonitor_require_without_rubygems

  def require(path)
    techmonitor_require_without_rubygems(path)
  rescue LoadError
    # Once RubyGems is loaded it wraps this method (its own require calls it first): a LoadError then is RubyGems' to
    # handle, by activating the gem that holds the file.
    raise if defined?(::Gem::Specification)
    techmonitor_require_without_rubygems('rubygems')
    require(path)
  end
  private :require
end
